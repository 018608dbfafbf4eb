package org.peercert.oral;

/** A notice was written in a transaction; once that commits, its emails go out. */
public record NoticeWritten(long noticeId) {
}

package org.peercert.certificate;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.HexFormat;

/** Which rate-limit bucket a client address draws from: an IPv4 address, or an IPv6 /64 prefix. */
final class ClientAddress {

    private ClientAddress() {
    }

    static String bucketOf(String address) {
        if (address == null || address.isBlank()) {
            return "unknown";
        }
        if (!address.contains(":")) {
            return address.length() > 60 ? address.substring(0, 60) : address;
        }
        try {
            byte[] bytes = InetAddress.getByName(address).getAddress(); // a literal: never a DNS lookup
            if (bytes.length == 4) {
                return InetAddress.getByAddress(bytes).getHostAddress(); // IPv4-mapped IPv6
            }
            return HexFormat.of().formatHex(bytes, 0, 8) + "/64";
        } catch (UnknownHostException e) {
            return "unparsable";
        }
    }
}

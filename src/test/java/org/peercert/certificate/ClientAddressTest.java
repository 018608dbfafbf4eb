package org.peercert.certificate;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

/** Rate-limit buckets: one per IPv4 address, one per IPv6 /64 (what one subscriber is given). */
class ClientAddressTest {

    @Test
    void ipv4AddressesAreTheirOwnBucket() {
        assertEquals("203.0.113.7", ClientAddress.bucketOf("203.0.113.7"));
        assertNotEquals(ClientAddress.bucketOf("203.0.113.7"), ClientAddress.bucketOf("203.0.113.8"));
    }

    @Test
    void anIpv6SubscriberCannotRotateWithinItsSlash64() {
        assertEquals(ClientAddress.bucketOf("2001:db8:1:2::1"), ClientAddress.bucketOf("2001:db8:1:2:ffff:eeee:dddd:cccc"));
        assertNotEquals(ClientAddress.bucketOf("2001:db8:1:2::1"), ClientAddress.bucketOf("2001:db8:1:3::1"));
        assertEquals("20010db800010002/64", ClientAddress.bucketOf("2001:db8:1:2::1"));
    }

    @Test
    void oddInputStillHasABucket() {
        assertEquals("unknown", ClientAddress.bucketOf(null));
        assertEquals("unparsable", ClientAddress.bucketOf("not:an:address:at:all:zz"));
        assertEquals("192.0.2.1", ClientAddress.bucketOf("::ffff:192.0.2.1"));
    }
}

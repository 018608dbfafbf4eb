package org.peercert.cluster;

import java.net.InetAddress;
import java.net.UnknownHostException;

/** Which node this is, as the cluster's logs and locks name it. */
public final class NodeName {

    private NodeName() {
    }

    /** The host name and process id, unique among nodes on one machine (as in the tests) and across machines. */
    public static String current() {
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            host = "unknown-host";
        }
        return host + "/" + ProcessHandle.current().pid();
    }
}

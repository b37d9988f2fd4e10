package org.conferencedesk.storage;

import java.nio.file.Path;

/** Child process of {@link EncryptionLeftoversTest}: encrypts the database given first with the password given second, prints "done". */
public final class EncryptInChild {

    private EncryptInChild() {
    }

    public static void main(String[] args) {
        EncryptionService.of(Path.of(args[0])).encrypt(args[1].toCharArray());
        System.out.println("done");
    }
}

package org.conferencedesk.storage;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * How a user's file password is handed to H2, so that a password in any script works
 * ({@code 会议密码2020}, {@code café}, {@code пароль}).
 *
 * <p>Why: H2 2.3 turns the password into bytes two ways that disagree beyond Latin-1. The MVStore
 * and {@code ChangeFileEncryption} take each character's 16 bits ({@code FilePathEncrypt.getPasswordBytes});
 * a JDBC connection with {@code CIPHER=AES} turns those bytes back into characters with the high byte
 * shifted by 16 instead of 8 ({@code org.h2.mvstore.db.Store.decodePassword}), which keeps only each
 * character's low byte. A file encrypted with {@code 会议密码2020} therefore never opened over JDBC
 * ("the password is not right"). Every character H2 sees is now one byte of the password's UTF-8
 * form, on which both ways agree. An ASCII password is unchanged by this, so files encrypted before
 * keep opening; a file encrypted before with Latin-1 letters beyond ASCII ({@code café}) is
 * recognised by trying the old form ({@link #h2Key(Path, char[])}).
 */
final class FilePassword {

    private FilePassword() {
    }

    /**
     * The characters H2 is given for {@code password}: one per byte of its UTF-8 form (each below 256).
     * A new array; the caller clears it when done.
     */
    static char[] forH2(char[] password) {
        ByteBuffer utf8 = StandardCharsets.UTF_8.encode(CharBuffer.wrap(password));
        char[] key = new char[utf8.remaining()];
        for (int i = 0; i < key.length; i++) {
            key[i] = (char) (utf8.get() & 0xFF);
        }
        if (utf8.hasArray()) {
            Arrays.fill(utf8.array(), (byte) 0);
        }
        return key;
    }

    /**
     * The key that opens the existing encrypted file {@code h2File} with {@code password}:
     * {@link #forH2}, unless the password has Latin-1 letters beyond ASCII and the file was encrypted
     * with them as they are (before this class existed), which is tried when the UTF-8 form does not open it.
     */
    static char[] h2Key(Path h2File, char[] password) {
        char[] modern = forH2(password);
        if (!isOldLatin1(password) || !Files.isRegularFile(h2File) || opens(h2File, modern)) {
            return modern;
        }
        return opens(h2File, password) ? password.clone() : modern;
    }

    private static boolean isOldLatin1(char[] password) {
        boolean beyondAscii = false;
        for (char c : password) {
            if (c > 0xFF) {
                return false;
            }
            beyondAscii |= c > 0x7F;
        }
        return beyondAscii;
    }

    private static boolean opens(Path h2File, char[] key) {
        try {
            new org.h2.mvstore.MVStore.Builder().fileName(h2File.toString()).readOnly().encryptionKey(key.clone())
                    .open().closeImmediately();
            return true;
        } catch (RuntimeException e) {
            return false;
        }
    }
}

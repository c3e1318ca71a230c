package org.dossier.serve;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * The dev server's reading of a request's address, strict on purpose: a path that no file of a site can have is
 * refused before it comes near the file system. Refused (400): anything but an absolute path, a malformed
 * %-escape or one that is not UTF-8, a control character ({@code %00}), a backslash or an encoded slash ({@code %2f},
 * {@code %5c}) in any form, and a "." or ".." segment however written ({@code %2e%2e}). Longer than {@link #MAX}: 414.
 */
final class RequestPath {

    /** The longest request address (path and query) answered: 2 KB, far beyond any page of a site. */
    static final int MAX = 2048;

    /** A request refused, with its status and a sentence saying why. */
    static final class Refused extends Exception {
        final int status;

        Refused(int status, String message) {
            super(message, null, false, false);
            this.status = status;
        }
    }

    private RequestPath() {
    }

    /**
     * The decoded path of a request, '/'-separated and starting with '/'.
     *
     * @param raw    the request's path as sent, still %-encoded
     * @param length the length of the whole request address (path and query) as sent
     */
    static String decode(String raw, int length) throws Refused {
        if (length > MAX) throw new Refused(414, "the address is longer than " + MAX + " characters");
        if (raw == null || !raw.startsWith("/")) throw new Refused(400, "the address is not a path");
        String lower = raw.toLowerCase(Locale.ROOT);
        if (raw.indexOf('\\') >= 0 || lower.contains("%5c")) throw new Refused(400, "the address holds a backslash");
        if (lower.contains("%2f")) throw new Refused(400, "the address holds an encoded slash");
        String path = percentDecode(raw);
        for (int i = 0; i < path.length(); i++) {
            char c = path.charAt(i);
            if (c < 0x20 || c == 0x7f) throw new Refused(400, "the address holds a control character");
        }
        for (String segment : path.split("/", -1)) {
            if (segment.equals(".") || segment.equals("..")) {
                throw new Refused(400, "the address holds a '" + segment + "' segment");
            }
        }
        return path;
    }

    /** %XX escapes → bytes → UTF-8, refusing malformed escapes and bytes that are not UTF-8. A '+' stays a '+'. */
    private static String percentDecode(String raw) throws Refused {
        ByteBuffer bytes = ByteBuffer.allocate(raw.length() * 4);
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '%') {
                int hi = i + 2 < raw.length() ? Character.digit(raw.charAt(i + 1), 16) : -1;
                int lo = hi >= 0 ? Character.digit(raw.charAt(i + 2), 16) : -1;
                if (lo < 0) throw new Refused(400, "the address holds a malformed %-escape");
                bytes.put((byte) (hi << 4 | lo));
                i += 2;
            } else if (c < 0x100) {
                bytes.put((byte) c); // the server reads the request line byte by byte, as ISO-8859-1
            } else {
                bytes.put(String.valueOf(c).getBytes(StandardCharsets.UTF_8));
            }
        }
        bytes.flip();
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(bytes).toString();
        } catch (CharacterCodingException e) {
            throw new Refused(400, "the address is not UTF-8");
        }
    }
}

package io.livedesk.interfaces.web;

import java.util.Optional;

/**
 * The part of a file a browser asked for with {@code Range: bytes=...} (RFC 9110, section 14): a video or an audio
 * player asks for parts to start playing and to seek. One range only; a request for several is answered with the
 * whole file, which the RFC allows.
 *
 * @param first the first byte's offset
 * @param last  the last byte's offset, inclusive
 */
record ByteRange(long first, long last) {

    /** What asking for the header's range of a file of {@code length} bytes gets. */
    sealed interface Answer permits Whole, Part, Unsatisfiable {
    }

    /** No range, several, or one that is not understood: the whole file. */
    record Whole() implements Answer {
    }

    record Part(ByteRange range) implements Answer {
    }

    /** A range that starts beyond the end of the file: 416. */
    record Unsatisfiable() implements Answer {
    }

    long length() {
        return last - first + 1;
    }

    static Answer of(String header, long length) {
        if (header == null || !header.startsWith("bytes=") || header.indexOf(',') >= 0) {
            return new Whole();
        }
        String spec = header.substring("bytes=".length()).strip();
        int dash = spec.indexOf('-');
        if (dash < 0) {
            return new Whole();
        }
        Optional<Long> start = number(spec.substring(0, dash));
        Optional<Long> end = number(spec.substring(dash + 1));
        if (start.isEmpty() && end.isEmpty()) {
            return new Whole();
        }
        if (start.isEmpty()) {
            // bytes=-n: the last n bytes
            long suffix = end.get();
            return suffix == 0 || length == 0 ? new Unsatisfiable()
                    : new Part(new ByteRange(Math.max(0, length - suffix), length - 1));
        }
        if (end.isPresent() && end.get() < start.get()) {
            return new Whole();
        }
        if (start.get() >= length) {
            return new Unsatisfiable();
        }
        long last = end.map(e -> Math.min(e, length - 1)).orElse(length - 1);
        return new Part(new ByteRange(start.get(), last));
    }

    private static Optional<Long> number(String digits) {
        String d = digits.strip();
        if (d.isEmpty() || d.length() > 18 || !d.chars().allMatch(Character::isDigit)) {
            return Optional.empty();
        }
        return Optional.of(Long.parseLong(d));
    }
}

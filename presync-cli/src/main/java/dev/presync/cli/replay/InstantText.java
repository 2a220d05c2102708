package dev.presync.cli.replay;

import java.time.Instant;
import java.time.LocalDate;

/**
 * An instant as {@link Instant#toString()} writes it, which every line replay prints starts with.
 * {@code Instant.toString} goes through a {@code DateTimeFormatter}; the recorded times are whole
 * seconds in years 1000 to 9999, and those are written here directly, character for character
 * the same. Any other instant is left to {@code Instant.toString}.
 */
final class InstantText {
    private InstantText() {
    }

    static String of(Instant time) {
        long seconds = time.getEpochSecond();
        if (time.getNano() != 0 || seconds < -30_610_224_000L || seconds >= 253_402_300_800L) {
            return time.toString(); // a fraction, or a year outside 1000 to 9999
        }
        long days = Math.floorDiv(seconds, 86_400);
        int second = (int) Math.floorMod(seconds, 86_400);
        LocalDate date = LocalDate.ofEpochDay(days);
        char[] c = new char[20];
        put(c, 0, date.getYear(), 4);
        c[4] = '-';
        put(c, 5, date.getMonthValue(), 2);
        c[7] = '-';
        put(c, 8, date.getDayOfMonth(), 2);
        c[10] = 'T';
        put(c, 11, second / 3_600, 2);
        c[13] = ':';
        put(c, 14, second / 60 % 60, 2);
        c[16] = ':';
        put(c, 17, second % 60, 2);
        c[19] = 'Z';
        return new String(c);
    }

    private static void put(char[] c, int at, int value, int width) {
        for (int i = at + width - 1; i >= at; i--) {
            c[i] = (char) ('0' + value % 10);
            value /= 10;
        }
    }
}

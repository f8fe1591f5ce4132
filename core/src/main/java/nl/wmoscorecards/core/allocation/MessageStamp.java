package nl.wmoscorecards.core.allocation;

import java.time.Instant;
import java.util.Objects;

/**
 * When a message was sent and its id: the order in which messages of one type supersede each other.
 * Latest sentAt wins; on a tie the greater message id wins (numerically when both ids are digits).
 */
public record MessageStamp(Instant sentAt, String messageId) implements Comparable<MessageStamp> {

    public MessageStamp {
        Objects.requireNonNull(sentAt, "sentAt");
        Objects.requireNonNull(messageId, "messageId");
    }

    @Override
    public int compareTo(MessageStamp other) {
        int bySentAt = sentAt.compareTo(other.sentAt);
        return bySentAt != 0 ? bySentAt : compareMessageIds(messageId, other.messageId);
    }

    public boolean supersedes(MessageStamp other) {
        return other == null || compareTo(other) > 0;
    }

    static int compareMessageIds(String a, String b) {
        if (isDigits(a) && isDigits(b)) {
            String x = stripLeadingZeros(a);
            String y = stripLeadingZeros(b);
            if (x.length() != y.length()) {
                return Integer.compare(x.length(), y.length());
            }
            return x.compareTo(y);
        }
        return a.compareTo(b);
    }

    private static boolean isDigits(String s) {
        return !s.isEmpty() && s.chars().allMatch(c -> c >= '0' && c <= '9');
    }

    private static String stripLeadingZeros(String s) {
        int i = 0;
        while (i < s.length() - 1 && s.charAt(i) == '0') {
            i++;
        }
        return s.substring(i);
    }
}

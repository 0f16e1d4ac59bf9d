package dev.salescycle.host.mail;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * The most recent mails the host sent (whatever the sender), newest first, kept in memory only: for the
 * demo page, the admin API ({@code GET /admin/outbox}) and tests. The oldest fall out beyond the capacity.
 */
public final class Outbox {

    /** How many mails are kept unless told otherwise. */
    public static final int DEFAULT_CAPACITY = 200;

    private final int capacity;
    private final Deque<SentMail> mails = new ArrayDeque<>();

    public Outbox(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be at least 1, got " + capacity);
        }
        this.capacity = capacity;
    }

    public synchronized void record(SentMail mail) {
        mails.addFirst(mail);
        if (mails.size() > capacity) {
            mails.removeLast();
        }
    }

    /** The kept mails, newest first. */
    public synchronized List<SentMail> recent() {
        return List.copyOf(new ArrayList<>(mails));
    }
}

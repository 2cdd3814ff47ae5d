package io.safeguard.config;

import java.io.IOException;

/** A request body passed the configured limit while it was being read. */
class RequestTooLarge extends IOException {
    static final String MESSAGE = "The request body is larger than this server accepts.";

    RequestTooLarge() {
        super(MESSAGE);
    }
}

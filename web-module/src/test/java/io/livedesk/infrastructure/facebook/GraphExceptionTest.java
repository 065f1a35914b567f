package io.livedesk.infrastructure.facebook;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** What LiveDesk makes of Facebook's errors is decided on code and subcode (REFERENCE §9.3), never on the text. */
class GraphExceptionTest {

    private static GraphException error(Integer code, Integer subcode, boolean markedTransient) {
        return new GraphException(400, code, subcode, "OAuthException", "(#" + code + ") some text", "trace",
                markedTransient, null);
    }

    @Nested
    class ATokenThatNoLongerWorks {
        @Test
        void isCode190WhateverTheSubcodeAndIsNeverRetried() {
            for (Integer subcode : new Integer[] {null, 458, 460, 463, 467, 492}) {
                GraphException e = error(190, subcode, false);
                assertTrue(e.tokenInvalid(), "190/" + subcode);
                assertFalse(e.retryable(), "190/" + subcode);
            }
        }

        @Test
        void doesNotDependOnTheMessageText() {
            GraphException e = new GraphException(400, 100, null, "OAuthException",
                    "Error validating access token: The session has been invalidated", "t", false, null);
            assertFalse(e.tokenInvalid());
        }
    }

    @Nested
    class ThingsWorthTryingAgain {
        @Test
        void rateLimitsAndFacebooksOwnFailuresAndNetworkTrouble() {
            for (int code : new int[] {4, 17, 32, 613, 80001, 80006, 1, 2}) {
                assertTrue(error(code, null, false).retryable(), "code " + code);
            }
            assertTrue(GraphException.unreachable("down", new java.io.IOException()).retryable());
            assertTrue(error(100, null, true).retryable(), "marked transient");
        }
    }

    @Nested
    class PermanentRefusals {
        @Test
        void theClosedReplyWindowTheUnavailableCustomerAndBadParameters() {
            GraphException window = error(10, 2018278, false);
            assertTrue(window.replyWindowClosed());
            assertFalse(window.retryable());
            assertTrue(error(551, 1545041, false).recipientUnavailable());
            assertFalse(error(551, 1545041, false).retryable());
            assertFalse(error(100, 2018001, false).retryable());
            assertFalse(error(230, null, false).retryable());
        }
    }
}

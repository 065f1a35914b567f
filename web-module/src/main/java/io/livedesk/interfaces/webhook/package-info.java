/**
 * The addresses channels call: they check that a delivery is genuine, store it and answer at once. No
 * business logic here; stored deliveries are processed afterwards.
 */
package io.livedesk.interfaces.webhook;

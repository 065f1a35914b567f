/**
 * The assignment benchmark: 100 generated routing rules of realistic kinds, a mix of conversations most of which
 * no routing rule matches, and the same decision twice, by the Drools rules and hand-written in plain Java (the
 * ceiling). Not part of LiveDesk; built only with the {@code bench} profile.
 */
package io.livedesk.bench.assignment;

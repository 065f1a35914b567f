/**
 * The rule set's life: where the files come from (packaged on the class path, or a folder analysts edit), the
 * structure they must keep (ids, order, expected files), compiling them into a KieBase, and swapping the active
 * set atomically when a valid change arrives, while a rejected change leaves the previous rules serving.
 * Nothing here knows what the rules decide.
 */
package io.livedesk.rules.engine;

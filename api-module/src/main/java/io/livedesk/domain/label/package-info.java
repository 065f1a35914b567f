/** Labels that agents and rules put on conversations (billing, vip, bug). */
package io.livedesk.domain.label;

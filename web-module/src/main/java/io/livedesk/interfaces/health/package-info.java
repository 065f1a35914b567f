/** MicroProfile Health checks behind /health/ready and /health/live. */
package io.livedesk.interfaces.health;

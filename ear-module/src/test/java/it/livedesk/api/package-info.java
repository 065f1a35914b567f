/** REST API tests against the running server (MicroShed Testing, manual mode), one class per area. */
package it.livedesk.api;

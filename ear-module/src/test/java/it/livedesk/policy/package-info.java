/** The policies analysts own, seen through the API: automatic assignment, automatic messages, publishing rules. */
package it.livedesk.policy;

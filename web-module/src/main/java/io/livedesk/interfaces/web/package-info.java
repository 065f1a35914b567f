/** How the workspace's static pages are served. The pages themselves are in src/main/webapp. */
package io.livedesk.interfaces.web;

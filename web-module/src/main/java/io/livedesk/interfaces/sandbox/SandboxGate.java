package io.livedesk.interfaces.sandbox;

import io.livedesk.infrastructure.facebook.FacebookSettings;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Hides every sandbox address, pages and endpoints alike, unless the sandbox is enabled: a production
 * server must not answer as a fake Facebook, nor even reveal that it could.
 */
@WebFilter(urlPatterns = "/sandbox/*")
public class SandboxGate extends HttpFilter {

    @Inject
    FacebookSettings facebook;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (!facebook.sandboxEnabled()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        // The pages are small and change with LiveDesk: always revalidate, as the workspace does.
        response.setHeader("Cache-Control", "no-cache");
        chain.doFilter(request, response);
    }
}

package io.livedesk.interfaces.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * The workspace is a set of JavaScript modules that must change together: browsers revalidate them on every
 * load (a cheap 304 when unchanged), so after an upgrade nobody runs a mix of old and new modules.
 */
@WebFilter(urlPatterns = {"/", "/index.html", "/channels.html", "/assets/*"})
public class RevalidateWorkspaceAssets extends HttpFilter {

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        response.setHeader("Cache-Control", "no-cache");
        chain.doFilter(request, response);
    }
}

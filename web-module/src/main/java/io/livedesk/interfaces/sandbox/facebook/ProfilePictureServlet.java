package io.livedesk.interfaces.sandbox.facebook;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * The customers' profile pictures, where the profile API's {@code profile_pic} points (the sandbox's stand-in
 * for {@code platform-lookaside.fbsbx.com/platform/profilepic/?psid=...}): a round badge with the initials, in a
 * colour drawn from the PSID, so every customer is recognisable in LiveDesk and on the customer page.
 */
@WebServlet(urlPatterns = "/sandbox/facebook/platform/profilepic/*")
public class ProfilePictureServlet extends HttpServlet {

    private static final String[] COLOURS = {"#2563eb", "#16a34a", "#d97706", "#db2777", "#7c3aed", "#0891b2",
            "#dc2626", "#4f46e5"};

    @Inject
    SandboxStore store;

    static String url(String publicUrl, String psid) {
        return publicUrl + "/sandbox/facebook/platform/profilepic/?psid=" + psid + "&width=1024";
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String psid = request.getParameter("psid");
        Optional<SandboxCustomer> customer = psid == null ? Optional.empty()
                : store.read(state -> state.customer(psid));
        if (customer.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        response.setContentType("image/svg+xml");
        response.setCharacterEncoding("UTF-8");
        // An SVG opened on its own is a document: let it run nothing.
        response.setHeader("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'");
        response.getOutputStream().write(svg(customer.get()).getBytes(StandardCharsets.UTF_8));
    }

    static String svg(SandboxCustomer customer) {
        String colour = COLOURS[Math.floorMod(customer.psid().hashCode(), COLOURS.length)];
        return "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"200\" height=\"200\" viewBox=\"0 0 200 200\""
                + " role=\"img\" aria-label=\"" + Html.escape(customer.name()) + "\">"
                + "<rect width=\"200\" height=\"200\" fill=\"" + colour + "\"/>"
                + "<text x=\"100\" y=\"100\" dy=\".35em\" text-anchor=\"middle\" fill=\"#fff\""
                + " font-family=\"system-ui, -apple-system, 'Segoe UI', Roboto, Arial, sans-serif\""
                + " font-size=\"84\" font-weight=\"600\">" + Html.escape(initials(customer)) + "</text></svg>";
    }

    static String initials(SandboxCustomer customer) {
        return (firstLetter(customer.firstName()) + firstLetter(customer.lastName())).toUpperCase();
    }

    private static String firstLetter(String name) {
        return name == null || name.isBlank() ? "" : new String(Character.toChars(name.strip().codePointAt(0)));
    }
}

package io.livedesk.interfaces.rest;

import io.livedesk.domain.account.Role;
import jakarta.annotation.security.DeclareRoles;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

@ApplicationPath("/api/v1")
@DeclareRoles({Role.ADMINISTRATOR_NAME, Role.AGENT_NAME, Role.RULES_EDITOR_NAME})
@OpenAPIDefinition(
        info = @Info(title = "LiveDesk API", version = "1",
                description = "Conversations, contacts, inboxes, agents and teams of a LiveDesk helpdesk. "
                        + "Sign in with POST /api/v1/auth/login (or create a personal API token) and send the token "
                        + "as 'Authorization: Bearer <token>'. Errors are application/problem+json."),
        security = @SecurityRequirement(name = "bearer"))
@SecurityScheme(securitySchemeName = "bearer", type = SecuritySchemeType.HTTP, scheme = "bearer")
public class RestApplication extends Application {
}

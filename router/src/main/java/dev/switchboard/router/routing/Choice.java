package dev.switchboard.router.routing;

/**
 * An eligible agent for a request, with what made it so.
 *
 * @param reason one sentence a supervisor or the agent can read
 */
public record Choice(AgentState agent, boolean speaksLanguage, String reason) {
}

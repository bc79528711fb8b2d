package dev.switchboard.gateway.api;

import org.jboss.logging.Logger;

import dev.switchboard.contracts.AgentEvent;
import dev.switchboard.contracts.ContractHeaders;
import dev.switchboard.gateway.domain.AgentWork;

/**
 * Security-relevant refusals, on a logger category of their own ({@code switchboard.audit}) so they can be routed
 * apart. Who, what and on which conversation; never what the agent wrote.
 */
final class AuditLog {

    private static final Logger AUDIT = Logger.getLogger("switchboard.audit");

    private AuditLog() {
    }

    static void notYours(AgentEvent event) {
        AUDIT.warnf("refused agent=%s action=%s conversation=%s: not offered or assigned to the agent",
                event.agentId(), ContractHeaders.typeName(event), AgentWork.conversationOf(event));
    }
}

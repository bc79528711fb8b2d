package dev.switchboard.router.domain;

import org.jboss.logging.Logger;

/**
 * The audit log: agents acting on conversations that are not theirs. One line per event with who, what and which
 * conversation, never the message text. Its own category, so operators can route it apart.
 */
final class Audit {

    private static final Logger LOG = Logger.getLogger("dev.switchboard.router.audit");

    private Audit() {
    }

    static void ignored(String agentId, String action, Object conversationId) {
        LOG.infof("ignored agent=%s action=%s conversation=%s: not offered or assigned to this agent", agentId,
                action, conversationId);
    }
}

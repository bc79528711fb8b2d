// The agent desk: one WebSocket to the gateway, speaking docs/agent-protocol.md. No framework, no build step.
// Everything the server sends is shown with textContent, never as HTML.
"use strict";

const TOKEN_KEY = "switchboard.token";
const PRESENCE_KEY = "switchboard.presence";
const CHANNEL_ICONS = { CHAT: "💬", EMAIL: "✉️", SMS: "📱", PHONE: "📞", SOCIAL: "🌐" };

const state = {
  socket: null,
  retry: 0,
  reconnect: null,
  offers: new Map(),         // offerId → offer delivery
  conversations: new Map(),  // conversationId → {assigned delivery, history}
  selected: null,
};

const $ = (id) => document.getElementById(id);

function el(tag, attributes, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes || {})) {
    if (value !== undefined && value !== null) node.setAttribute(name, value);
  }
  for (const child of children) node.append(child);
  return node;
}

// --- signing in --------------------------------------------------------------------------------------------------

function agentOf(token) {
  try {
    const payload = token.split(".")[1].replace(/-/g, "+").replace(/_/g, "/");
    return JSON.parse(atob(payload)).sub || "agent";
  } catch (e) {
    return "agent";
  }
}

function signIn(token) {
  sessionStorage.setItem(TOKEN_KEY, token);
  $("sign-in").hidden = true;
  $("session").hidden = false;
  $("desk").hidden = false;
  $("agent").textContent = agentOf(token);
  $("presence").checked = sessionStorage.getItem(PRESENCE_KEY) === "AVAILABLE";
  connect();
}

function signOut() {
  sessionStorage.removeItem(TOKEN_KEY);
  sessionStorage.removeItem(PRESENCE_KEY);
  clearTimeout(state.reconnect);
  if (state.socket) {
    const socket = state.socket;
    state.socket = null;
    socket.close(1000, "signed out");
  }
  state.offers.clear();
  state.conversations.clear();
  state.selected = null;
  render();
  $("token").value = "";
  $("session").hidden = true;
  $("desk").hidden = true;
  $("sign-in").hidden = false;
  $("token").focus();
}

// --- the socket --------------------------------------------------------------------------------------------------

function connect() {
  const token = sessionStorage.getItem(TOKEN_KEY);
  if (!token) return;
  const scheme = location.protocol === "https:" ? "wss:" : "ws:";
  // A browser cannot set Authorization on a WebSocket: the token travels as a subprotocol the gateway unpacks.
  const socket = new WebSocket(scheme + "//" + location.host + "/v1/agent/socket",
    ["switchboard.v1", encodeURIComponent("quarkus-http-upgrade#Authorization#Bearer " + token)]);
  state.socket = socket;
  setConnection("connecting");
  socket.onopen = () => {
    state.retry = 0;
    setConnection("connected");
    // The gateway assumes nothing about presence on a new socket; say it again after every reconnect.
    sendPresence();
  };
  socket.onmessage = (event) => receive(JSON.parse(event.data));
  socket.onclose = (event) => {
    if (state.socket !== socket) return;
    state.socket = null;
    setConnection("offline");
    if (event.code === 1006 && state.retry > 2) {
      notice("Cannot reach the gateway, or the token was refused. Retrying…");
    }
    // The gateway re-sends pending offers and conversations on the next socket; nothing is lost meanwhile.
    const delay = Math.min(30000, 1000 * 2 ** state.retry++);
    state.reconnect = setTimeout(connect, delay);
  };
}

function send(frame) {
  if (!state.socket || state.socket.readyState !== WebSocket.OPEN) {
    notice("Not connected; try again in a moment.");
    return false;
  }
  state.socket.send(JSON.stringify(frame));
  return true;
}

function sendPresence() {
  const presence = $("presence").checked ? "AVAILABLE" : "AWAY";
  sessionStorage.setItem(PRESENCE_KEY, presence);
  send({ type: "presence", presence });
}

function setConnection(text) {
  $("connection").textContent = text;
  $("connection").className = text;
}

function notice(text) {
  $("notice").textContent = text;
  $("notice").hidden = !text;
}

function receive(frame) {
  switch (frame.type) {
    case "offer":
      state.offers.set(frame.offerId, frame);
      break;
    case "assigned":
      for (const [offerId, offer] of state.offers) {
        if (offer.conversationId === frame.conversationId) state.offers.delete(offerId);
      }
      if (!state.conversations.has(frame.conversationId)) {
        state.conversations.set(frame.conversationId, { ...frame, history: [...(frame.history || [])] });
      }
      if (!state.selected) state.selected = frame.conversationId;
      break;
    case "message": {
      const conversation = state.conversations.get(frame.conversationId);
      if (conversation && !conversation.history.some((m) => m.messageId && m.messageId === frame.message.messageId)) {
        conversation.history.push(frame.message);
      }
      break;
    }
    case "revoked":
      if (frame.offerId) {
        state.offers.delete(frame.offerId);
      } else {
        forget(frame.conversationId);
      }
      break;
    case "error":
      notice(frame.message + " (" + frame.code + ")");
      break;
    default:
      return;
  }
  render();
}

function forget(conversationId) {
  state.conversations.delete(conversationId);
  if (state.selected === conversationId) state.selected = state.conversations.keys().next().value || null;
}

// --- rendering ---------------------------------------------------------------------------------------------------

function render() {
  renderOffers();
  renderConversations();
  renderConversation();
}

function secondsLeft(offer) {
  return Math.max(0, Math.round((Date.parse(offer.expiresAt) - Date.now()) / 1000));
}

function renderOffers() {
  const list = $("offers");
  const shown = new Set();
  for (const offer of state.offers.values()) {
    shown.add(offer.offerId);
    if (list.querySelector(`[data-offer-id="${CSS.escape(offer.offerId)}"]`)) continue;
    const who = (offer.customer && offer.customer.displayName) || "A customer";
    const item = el("li", { class: "offer", "data-testid": "offer-item", "data-offer-id": offer.offerId,
      "data-conversation-id": offer.conversationId, "aria-label": "Offer from " + who },
    el("strong", {}, channelIcon(offer.channel), " ", who),
    el("span", { class: "meta" }, " · " + (offer.language || "?") + ((offer.skills || []).length ? " · " + offer.skills.join(", ") : "")),
    el("p", { class: "preview" }, offer.subject ? offer.subject + " — " + (offer.preview || "") : (offer.preview || "")),
    el("p", { class: "meta" }, offer.reason || ""),
    el("span", { class: "countdown", "data-testid": "offer-countdown" }),
    " ",
    el("button", { type: "button", class: "accept", "data-testid": "offer-accept" }, "Accept"),
    " ",
    el("button", { type: "button", class: "decline", "data-testid": "offer-decline" }, "Decline"));
    item.querySelector(".accept").addEventListener("click", () => answer(offer, "accept"));
    item.querySelector(".decline").addEventListener("click", () => answer(offer, "decline"));
    list.append(item);
  }
  for (const item of [...list.children]) {
    if (!shown.has(item.dataset.offerId)) item.remove();
  }
  tick();
  $("no-offers").hidden = state.offers.size > 0;
}

function tick() {
  for (const item of $("offers").children) {
    const offer = state.offers.get(item.dataset.offerId);
    if (!offer) continue;
    const left = secondsLeft(offer);
    item.querySelector(".countdown").textContent = left > 0 ? left + " s left" : "expired";
    item.classList.toggle("expired", left === 0);
    item.querySelector(".accept").disabled = left === 0 || item.dataset.answered === "true";
  }
}

function answer(offer, type) {
  if (!send({ type, offerId: offer.offerId, conversationId: offer.conversationId })) return;
  const item = $("offers").querySelector(`[data-offer-id="${CSS.escape(offer.offerId)}"]`);
  if (type === "decline") {
    state.offers.delete(offer.offerId);
    render();
  } else if (item) {
    // The conversation arrives as "assigned"; until then the offer stays, answered.
    item.dataset.answered = "true";
    item.querySelectorAll("button").forEach((button) => { button.disabled = true; });
    item.querySelector(".countdown").textContent = "accepted, opening…";
  }
}

function channelIcon(channel) {
  return el("span", { role: "img", "aria-label": (channel || "unknown").toLowerCase(), title: channel },
    CHANNEL_ICONS[channel] || "•");
}

function renderConversations() {
  const list = $("conversations");
  list.replaceChildren();
  for (const conversation of state.conversations.values()) {
    const who = (conversation.customer && conversation.customer.displayName) || "Customer";
    const button = el("button", { type: "button" }, channelIcon(conversation.channel), " ", who,
      el("span", { class: "meta" }, " · " + (conversation.language || "?") + (conversation.subject ? " · " + conversation.subject : "")));
    button.addEventListener("click", () => { state.selected = conversation.conversationId; render(); $("reply-text").focus(); });
    const item = el("li", { class: "conversation", "data-testid": "conversation-item",
      "data-conversation-id": conversation.conversationId,
      "aria-current": state.selected === conversation.conversationId ? "true" : "false" }, button);
    list.append(item);
  }
  $("no-conversations").hidden = state.conversations.size > 0;
}

function renderConversation() {
  const conversation = state.conversations.get(state.selected);
  $("conversation").hidden = !conversation;
  if (!conversation) return;
  const customer = conversation.customer || {};
  $("conversation").dataset.conversationId = conversation.conversationId;
  $("conversation-title").textContent = (customer.displayName || "Customer") + (conversation.subject ? " — " + conversation.subject : "");
  $("conversation-meta").replaceChildren(channelIcon(conversation.channel),
    " " + [conversation.channel, conversation.language, customer.address].filter(Boolean).join(" · "));
  $("history").replaceChildren(...conversation.history.map((message) => el("li",
    { "data-testid": "message", class: message.from === "AGENT" ? "from-agent" : "from-customer" },
    el("span", { class: "who" }, message.from === "AGENT" ? "You" : message.from === "CUSTOMER" ? (customer.displayName || "Customer") : "System"),
    el("span", { class: "when" }, message.at ? new Date(message.at).toLocaleTimeString() : "sending"),
    el("div", {}, message.text))));
}

// --- actions -----------------------------------------------------------------------------------------------------

function reply(event) {
  event.preventDefault();
  const text = $("reply-text").value.trim();
  const conversation = state.conversations.get(state.selected);
  if (!text || !conversation) return;
  if (!send({ type: "reply", conversationId: conversation.conversationId, text })) return;
  conversation.history.push({ from: "AGENT", text, at: new Date().toISOString() });
  $("reply-text").value = "";
  renderConversation();
}

function close(event) {
  event.preventDefault();
  const conversation = state.conversations.get(state.selected);
  if (!conversation) return;
  if (!send({ type: "close", conversationId: conversation.conversationId, disposition: $("disposition").value })) return;
  forget(conversation.conversationId);
  render();
}

document.addEventListener("DOMContentLoaded", () => {
  $("sign-in").addEventListener("submit", (event) => {
    event.preventDefault();
    const token = $("token").value.trim();
    if (token) signIn(token);
  });
  $("sign-out").addEventListener("click", signOut);
  $("presence").addEventListener("change", sendPresence);
  $("reply").addEventListener("submit", reply);
  $("reply-text").addEventListener("keydown", (event) => {
    if (event.key === "Enter" && (event.ctrlKey || event.metaKey)) reply(event);
  });
  $("close").addEventListener("submit", close);
  setInterval(tick, 1000);
  const token = sessionStorage.getItem(TOKEN_KEY);
  if (token) signIn(token); else $("token").focus();
});

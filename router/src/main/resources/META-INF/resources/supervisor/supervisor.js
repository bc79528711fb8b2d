// The supervisor view: polls the router's /v1/supervisor endpoints every few seconds with the pasted token.
// No framework, no build step. Everything the server sends is shown with textContent, never as HTML.
"use strict";

const TOKEN_KEY = "switchboard.supervisor-token";
const REFRESH_MS = 5000;

const state = { timer: null, loading: false };

const $ = (id) => document.getElementById(id);

function el(tag, attributes, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes || {})) {
    if (value !== undefined && value !== null) node.setAttribute(name, value);
  }
  for (const child of children) node.append(child instanceof Node ? child : String(child ?? ""));
  return node;
}

function cell(value, number) {
  return el("td", number ? { class: "number" } : {}, value);
}

function duration(seconds) {
  const sign = seconds < 0 ? "−" : "";
  let s = Math.abs(seconds);
  const h = Math.floor(s / 3600);
  s -= h * 3600;
  const m = Math.floor(s / 60);
  s -= m * 60;
  return sign + (h ? h + "h " : "") + (h || m ? m + "m " : "") + s + "s";
}

function time(iso) {
  return iso ? new Date(iso).toLocaleString() : "never";
}

function notice(text) {
  $("notice").textContent = text || "";
  $("notice").hidden = !text;
}

// --- the API -----------------------------------------------------------------------------------------------------

class HttpError extends Error {
  constructor(status, problem) {
    super((problem && (problem.detail || problem.title)) || "HTTP " + status);
    this.status = status;
  }
}

async function api(path) {
  const response = await fetch(path, {
    headers: { Authorization: "Bearer " + sessionStorage.getItem(TOKEN_KEY), Accept: "application/json" },
  });
  if (!response.ok) {
    let problem = null;
    try {
      problem = await response.json();
    } catch (e) {
      problem = null;
    }
    throw new HttpError(response.status, problem);
  }
  return response.json();
}

function failed(error) {
  if (error.status === 401) {
    signOut();
    notice("The token was refused (expired or not trusted). Paste a new one.");
  } else if (error.status === 403) {
    notice("This token lacks the supervisor role.");
  } else {
    notice(error.message);
  }
}

// --- the tables --------------------------------------------------------------------------------------------------

function renderQueues(board) {
  $("queue-total").textContent = board.total.depth === 0 ? "Nobody is waiting."
    : board.total.depth + " waiting; the longest for " + duration(board.total.oldestWaitSeconds) + ".";
  const rows = [];
  for (const [label, slices] of [["skill", board.bySkill], ["language", board.byLanguage], ["channel", board.byChannel]]) {
    for (const slice of slices) {
      rows.push(el("tr", { "data-testid": "queue-row", "data-dimension": label, "data-key": slice.key },
        cell(label), cell(slice.key), cell(slice.depth, true), cell(duration(slice.oldestWaitSeconds), true)));
    }
  }
  if (rows.length === 0) rows.push(el("tr", {}, el("td", { colspan: "4", class: "empty" }, "The queue is empty.")));
  $("queues").replaceChildren(...rows);
}

function renderAgents(board) {
  $("presence-counts").textContent = Object.entries(board.byPresence)
    .map(([presence, count]) => presence.toLowerCase() + ": " + count).join(" · ") + " · on shift: " + board.onShift;
  const rows = board.agents.map((agent) => el("tr", { "data-testid": "agent-row", "data-agent": agent.id },
    el("th", { scope: "row" }, agent.displayName + " (" + agent.id + ")"),
    cell(agent.presence),
    cell(agent.onShift ? "yes" : "no"),
    cell(agent.held + " / " + agent.capacity + " (" + Math.round(agent.occupancy * 100) + "%)", true),
    cell(agent.channels.filter((c) => c.held > 0 || c.capacity > 0)
      .map((c) => c.channel.toLowerCase() + " " + c.held + "/" + c.capacity).join(", ")),
    cell(time(agent.lastAssignedAt))));
  if (rows.length === 0) rows.push(el("tr", {}, el("td", { colspan: "6", class: "empty" }, "No agents defined.")));
  $("agents").replaceChildren(...rows);
}

function renderAtRisk(board) {
  const rows = board.conversations.map((c) => {
    const open = el("button", { type: "button", class: "link", "data-testid": "at-risk-explain",
      "aria-label": "Explain conversation " + c.id }, c.id.slice(0, 8));
    open.addEventListener("click", () => {
      $("conversation-id").value = c.id;
      explain(c.id);
    });
    return el("tr", { "data-testid": "at-risk-row", "data-conversation": c.id, class: c.breached ? "breached" : "" },
      cell((c.breached ? "breached " : "") + duration(c.secondsLeft), true),
      el("td", {}, open), cell(c.status), cell(c.channel), cell(c.language || "unknown"),
      cell(Object.entries(c.skills || {}).map(([s, l]) => s + " " + l).join(", ")),
      cell(c.priority, true), cell(c.agentId || ""));
  });
  if (rows.length === 0) {
    rows.push(el("tr", {}, el("td", { colspan: "8", class: "empty" }, "Nothing is due within this window.")));
  }
  $("at-risk").replaceChildren(...rows);
}

async function refresh() {
  if (state.loading) return;
  state.loading = true;
  const status = $("refresh-status");
  try {
    const within = encodeURIComponent($("within").value);
    const [queues, agents, atRisk] = await Promise.all([
      api("/v1/supervisor/queues"), api("/v1/supervisor/agents"), api("/v1/supervisor/at-risk?within=" + within)]);
    renderQueues(queues);
    renderAgents(agents);
    renderAtRisk(atRisk);
    notice("");
    status.classList.remove("failed");
    status.textContent = "updated " + new Date().toLocaleTimeString();
  } catch (error) {
    status.classList.add("failed");
    status.textContent = "refresh failed";
    failed(error);
  } finally {
    state.loading = false;
  }
}

// --- one conversation's explanation ------------------------------------------------------------------------------

function table(testid, headers, rows) {
  return el("table", { "data-testid": testid },
    el("thead", {}, el("tr", {}, ...headers.map((h) => el("th", { scope: "col" }, h)))),
    el("tbody", {}, ...rows));
}

function renderExplanation(view) {
  const c = view.conversation;
  const parts = [el("p", { class: "meta", "data-testid": "explanation-summary" },
    c.status + " · " + c.channel + " · " + (c.language || "unknown") + " · priority " + c.priority
    + (c.agentId ? " · agent " + c.agentId : ""))];
  const e = view.explanation;
  if (!e) {
    parts.push(el("p", { class: "empty" }, "No routing decision recorded yet."));
  } else {
    parts.push(el("p", { "data-testid": "explanation-stage" }, "Stage " + e.stage + " · " + e.eligible
      + " of " + e.considered + " eligible" + (e.chosen ? " · chose " + e.chosen : " · waiting")
      + (e.why ? " · " + e.why : "")));
    parts.push(el("h3", {}, "Top candidates"));
    parts.push(table("explanation-candidates",
      ["Agent", "Sticky", "Language level", "Skill margin", "Held / capacity", "Occupancy"],
      (e.candidates || []).map((k) => el("tr", {}, el("th", { scope: "row" }, k.agentId), cell(k.sticky ? "yes" : "no"),
        cell(k.languageLevel, true), cell(k.skillMargin, true), cell(k.open + " / " + k.capacity, true),
        cell(Math.round(k.occupancy * 100) + "%", true)))));
    parts.push(el("h3", {}, "Excluded"));
    parts.push(table("explanation-excluded", ["Reason", "Agents"],
      Object.entries(e.excluded || {}).map(([reason, count]) => el("tr", {}, cell(reason), cell(count, true)))));
  }
  parts.push(el("h3", {}, "Assignment history"));
  parts.push(view.offers.length === 0 ? el("p", { class: "empty" }, "Never offered.")
    : table("assignment-history", ["Offered", "Agent", "Status", "Reason", "Decided"],
      view.offers.map((o) => el("tr", {}, cell(time(o.createdAt)), cell(o.agentId), cell(o.status),
        cell(o.reason), cell(o.decidedAt ? time(o.decidedAt) : "")))));
  $("explanation").replaceChildren(...parts);
}

async function explain(id) {
  try {
    renderExplanation(await api("/v1/conversations/" + encodeURIComponent(id.trim())));
    notice("");
  } catch (error) {
    if (error.status === 404 || error.status === 400) {
      $("explanation").replaceChildren(el("p", { class: "empty" }, error.message));
    } else {
      failed(error);
    }
  }
}

// --- signing in and out ------------------------------------------------------------------------------------------

function start() {
  $("sign-in").hidden = true;
  $("board").hidden = false;
  $("session").hidden = false;
  refresh();
  state.timer = setInterval(refresh, REFRESH_MS);
}

function signOut() {
  sessionStorage.removeItem(TOKEN_KEY);
  clearInterval(state.timer);
  state.timer = null;
  $("board").hidden = true;
  $("session").hidden = true;
  $("sign-in").hidden = false;
  $("token").focus();
}

document.addEventListener("DOMContentLoaded", () => {
  $("sign-in").addEventListener("submit", (event) => {
    event.preventDefault();
    sessionStorage.setItem(TOKEN_KEY, $("token").value.trim());
    $("token").value = "";
    start();
  });
  $("sign-out").addEventListener("click", signOut);
  $("refresh-now").addEventListener("click", refresh);
  $("within").addEventListener("change", refresh);
  $("explain").addEventListener("submit", (event) => {
    event.preventDefault();
    explain($("conversation-id").value);
  });
  if (sessionStorage.getItem(TOKEN_KEY)) start();
});

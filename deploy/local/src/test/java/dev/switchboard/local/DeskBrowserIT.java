package dev.switchboard.local;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.StreamSupport;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.Select;

import com.fasterxml.jackson.databind.JsonNode;

import dev.switchboard.local.support.LocalStack;

/**
 * The agent desk in a real browser: Debian's headless chromium, driven through its chromedriver, against
 * ingest-chat, the router and the agent gateway as processes. An agent signs in with a token, goes available,
 * receives the offer for a posted chat, accepts it, replies and closes it; the router is asked what happened.
 */
class DeskBrowserIT {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Duration WAIT = Duration.ofSeconds(30);

    private static LocalStack stack;
    private static WebDriver browser;
    private static Path profile;

    @BeforeAll
    static void startTheServicesAndTheBrowser() throws IOException {
        assertTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "the desk test needs Debian's chromium and chromium-driver (.ci/run installs them)");
        stack = LocalStack.start(LocalService.INGEST_CHAT, LocalService.ROUTER, LocalService.AGENT_GATEWAY);
        profile = Files.createTempDirectory("desk-chromium");
        ChromeOptions options = new ChromeOptions().setBinary(CHROMIUM.toFile());
        // The flags keep chromium from reaching out to the network this machine does not have.
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--user-data-dir=" + profile);
        ChromeDriverService driver = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER.toString())).usingAnyFreePort().build();
        browser = new ChromeDriver(driver, options);
    }

    @AfterAll
    static void stopEverything() throws IOException {
        if (browser != null) {
            browser.quit();
        }
        if (stack != null) {
            stack.close();
        }
        if (profile != null) {
            try (var files = Files.walk(profile)) {
                files.sorted(java.util.Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
            }
        }
    }

    @Test
    void agentSignsInReceivesAnOfferAcceptsRepliesAndCloses() throws Exception {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String agentId = "desk-agent-" + suffix;
        String customerText = "Hello, the parcel " + suffix + " arrived damaged";
        String reply = "Sorry to hear that; a replacement is on its way (" + suffix + ").";
        stack.defineAgent(agentId, Map.of("displayName", "Ines Ferreira", "timeZone", "Europe/Lisbon",
                "languages", Map.of("en", 5), "skills", Map.of("orders", 3), "capacity", Map.of("CHAT", 2)));

        browser.get(stack.uri(LocalService.AGENT_GATEWAY, "/desk/").toString());
        byTestId("sign-in-token").sendKeys(stack.tokens().agentToken(agentId));
        byTestId("sign-in-submit").click();
        await().atMost(WAIT).until(() -> "connected".equals(byTestId("connection-status").getText()));
        byTestId("presence-toggle").click();
        await().atMost(WAIT).until(
                () -> "AVAILABLE".equals(stack.routerGet("/v1/agents/" + agentId).path("presence").asText()));

        stack.postChat(Map.of("sessionId", "desk-" + suffix, "clientMessageId", "m-1",
                "visitor", Map.of("id", "visitor-" + suffix, "name", "Tomas Silva", "email", "tomas@example.com"),
                "text", customerText, "locale", "en-GB", "timeZone", "Europe/London",
                "pageUrl", "https://shop.example/orders"));

        WebElement offer = await().atMost(WAIT).until(() -> first("offer-item"), found -> found != null);
        String conversationId = offer.getAttribute("data-conversation-id");
        assertTrue(offer.getText().contains(customerText), "the offer previews what the customer wrote");
        offer.findElement(By.cssSelector("[data-testid=offer-accept]")).click();

        WebElement conversation = await().atMost(WAIT).until(() -> first("conversation-item"), found -> found != null);
        assertEquals(conversationId, conversation.getAttribute("data-conversation-id"));
        conversation.findElement(By.tagName("button")).click();
        await().atMost(WAIT).until(() -> texts("message").stream().anyMatch(t -> t.contains(customerText)));

        byTestId("reply-box").sendKeys(reply);
        byTestId("reply-send").click();
        await().atMost(WAIT).until(() -> messages(conversationId).stream()
                .anyMatch(m -> "AGENT".equals(m.path("author").asText()) && reply.equals(m.path("text").asText())));

        new Select(byTestId("close-disposition")).selectByValue("resolved");
        byTestId("close-button").click();
        await().atMost(WAIT).until(() -> "CLOSED".equals(
                stack.routerGet("/v1/conversations/" + conversationId).path("conversation").path("status").asText()));
        await().atMost(WAIT).until(() -> browser.findElements(By.cssSelector("[data-testid=conversation-item]"))
                .isEmpty());
    }

    private static List<JsonNode> messages(String conversationId) throws IOException, InterruptedException {
        JsonNode messages = stack.routerGet("/v1/conversations/" + conversationId).path("messages");
        return StreamSupport.stream(messages.spliterator(), false).toList();
    }

    private static WebElement byTestId(String testId) {
        return browser.findElement(By.cssSelector("[data-testid=" + testId + "]"));
    }

    private static WebElement first(String testId) {
        return browser.findElements(By.cssSelector("[data-testid=" + testId + "]")).stream().findFirst().orElse(null);
    }

    private static List<String> texts(String testId) {
        return browser.findElements(By.cssSelector("[data-testid=" + testId + "]")).stream()
                .map(WebElement::getText).toList();
    }
}

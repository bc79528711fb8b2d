package dev.switchboard.ingest.email;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import dev.switchboard.testkit.Corpus;

class QuoteSplitterTest {

    @ParameterizedTest
    @ValueSource(strings = { "gmail.html", "ms_outlook_2010.html", "mail_ru.html" })
    void separatesTheNewTextOfAnHtmlReply(String fragment) {
        String html = new String(Corpus.bytes("email/mailgun-talon/html_reply_bodies/" + fragment), StandardCharsets.UTF_8);
        QuoteSplitter.Split split = QuoteSplitter.split(HtmlText.toText(html));
        assertEquals("Hi. I am fine.\n\nThanks,\n\nAlex", split.text());
        assertTrue(split.quoted().contains("Hello! How are you?"), split.quoted());
    }

    @Test
    void keepsInlineAnswersBetweenQuotedLines() {
        QuoteSplitter.Split split = QuoteSplitter.split("> Which size?\nLarge.\n> Which colour?\nBlue.");
        assertEquals("Large.\nBlue.", split.text());
        assertEquals("> Which size?\n> Which colour?", split.quoted());
    }

    @Test
    void movesTheSignatureToQuotedText() {
        QuoteSplitter.Split split = QuoteSplitter.split("Please call me.\n\n-- \nAnn Smith\nACME Corp");
        assertEquals("Please call me.", split.text());
        assertEquals("-- \nAnn Smith\nACME Corp", split.quoted());
    }

    @Test
    void recognisesOutlookAndMobileMarkers() {
        assertEquals("Yes.", QuoteSplitter.split("Yes.\n\n-----Original Message-----\nFrom: a\nHi").text());
        assertEquals("Yes.", QuoteSplitter.split("Yes.\n\nFrom: Help Desk <help@example.com>\nSent: Monday\nTo: Ann\n\nHi").text());
        assertEquals("Yes.", QuoteSplitter.split("Yes.\n\nSent from my iPhone").text());
        assertEquals("Ja.", QuoteSplitter.split("Ja.\n\nAm 01.07.2025 um 10:00 schrieb Help <help@example.com>:\n> Hi").text());
    }

    @Test
    void keepsAMessageWithoutMarkersWhole() {
        assertEquals("Line one\nLine two", QuoteSplitter.split("Line one\nLine two").text());
        assertEquals("", QuoteSplitter.split("Line one\nLine two").quoted());
    }
}

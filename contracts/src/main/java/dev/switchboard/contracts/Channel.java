package dev.switchboard.contracts;

/** The kind of channel a customer wrote on; the provider (twilio, whatsapp, …) says which service carried it. */
public enum Channel {
    EMAIL, CHAT, SMS, PHONE, SOCIAL
}

package dev.switchboard.gateway.api;

import java.time.Clock;
import java.util.UUID;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import com.fasterxml.jackson.databind.ObjectMapper;

public class FrameCodecProducer {

    @Produces
    @Singleton
    FrameCodec frameCodec(ObjectMapper json) {
        return new FrameCodec(json, Clock.systemUTC(), () -> UUID.randomUUID().toString());
    }
}

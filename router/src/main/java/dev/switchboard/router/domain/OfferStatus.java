package dev.switchboard.router.domain;

public enum OfferStatus {
    PENDING, ACCEPTED, DECLINED, EXPIRED, REVOKED
}

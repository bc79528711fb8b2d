package dev.switchboard.deploy.kubernetes;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

class ReferencesResolveTest {

    static final List<String> OVERLAYS = Kustomize.OVERLAYS;

    @ParameterizedTest
    @FieldSource("OVERLAYS")
    void everyConfigMapSecretAndKeyAPodOrTheDatabaseNamesExists(String overlay) {
        assertEquals(List.of(), ManifestChecks.configReferences(Manifest.of(overlay)));
    }

    @ParameterizedTest
    @FieldSource("OVERLAYS")
    void everyServiceIngressMonitorBudgetAndAutoscalerReachesItsWorkload(String overlay) {
        assertEquals(List.of(), ManifestChecks.workloadReferences(Manifest.of(overlay)));
    }

    @Test
    void reportsReferencesThatDoNotResolve() {
        Manifest broken = Manifest.parse("""
                apiVersion: v1
                kind: ConfigMap
                metadata: {name: router-config}
                data: {PGHOST: db}
                ---
                apiVersion: apps/v1
                kind: Deployment
                metadata: {name: router}
                spec:
                  selector: {matchLabels: {app: router}}
                  template:
                    metadata: {labels: {app: router}}
                    spec:
                      containers:
                      - name: router
                        image: switchboard/router
                        envFrom: [{secretRef: {name: router-secrets}}]
                        env:
                        - {name: PGPORT, valueFrom: {configMapKeyRef: {name: router-config, key: PGPORT}}}
                ---
                apiVersion: v1
                kind: Service
                metadata: {name: router}
                spec: {selector: {app: rooter}, ports: [{name: http, port: 80}]}
                ---
                apiVersion: networking.k8s.io/v1
                kind: Ingress
                metadata: {name: web}
                spec:
                  rules:
                  - http:
                      paths:
                      - {path: /, pathType: Prefix, backend: {service: {name: router, port: {name: https}}}}
                """);

        assertEquals(List.of("router reads Secret router-secrets, which no manifest declares",
                "router reads key PGPORT of ConfigMap router-config, which it does not have"),
                ManifestChecks.configReferences(broken));
        assertEquals(List.of("Service router selects no Deployment's pods",
                "Ingress web routes to a port Service router does not have"),
                ManifestChecks.workloadReferences(broken));
    }
}

package io.safeguard;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** The Spring application: every direct sub-package is a module (see docs/architecture.md). */
@SpringBootApplication
@ConfigurationPropertiesScan
public class SafeguardApplication {}

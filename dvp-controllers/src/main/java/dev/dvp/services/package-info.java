/**
 * Kubernetes Services and Ingresses in front of DVP virtual machines, computed offline: which VMs back a Service
 * ({@link dev.dvp.services.ServiceSelection}), how it is reached (headless, ClusterIP, NodePort,
 * LoadBalancer; its DNS names) and where an Ingress sends a request ({@link dev.dvp.services.IngressRouting}).
 *
 * <p>All types are immutable and thread-safe.
 */
package dev.dvp.services;

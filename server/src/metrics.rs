//! Prometheus metrics at `/metrics`.

use std::sync::OnceLock;

use axum::{http::header::CONTENT_TYPE, response::IntoResponse};
use metrics_exporter_prometheus::{Matcher, PrometheusBuilder, PrometheusHandle};

/// The recorder's handle, or why it could not be installed.
static HANDLE: OnceLock<Result<PrometheusHandle, String>> = OnceLock::new();

/// Installs the process-wide recorder once; later calls (several apps in one test process)
/// share it. `get_or_init` runs the installation once and makes every concurrent caller wait
/// for it: checking for a handle and setting it apart let two apps starting at once both miss
/// it, and the second was refused as if another recorder were installed.
pub fn install() -> anyhow::Result<PrometheusHandle> {
    HANDLE
        .get_or_init(|| {
            let recorder = PrometheusBuilder::new()
                .set_buckets_for_metric(
                    Matcher::Full("http_request_duration_seconds".into()),
                    &[
                        0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0,
                    ],
                )
                .map_err(|error| format!("metric buckets: {error}"))?
                .build_recorder();
            let handle = recorder.handle();
            metrics::set_global_recorder(recorder)
                .map_err(|_| "another metrics recorder is installed".to_owned())?;
            Ok(handle)
        })
        .clone()
        .map_err(anyhow::Error::msg)
}

/// `GET /metrics`: the Prometheus text format.
pub async fn render(handle: PrometheusHandle) -> impl IntoResponse {
    handle.run_upkeep();
    (
        [(CONTENT_TYPE, "text/plain; version=0.0.4; charset=utf-8")],
        handle.render(),
    )
}

#[cfg(test)]
mod tests {
    use super::install;

    #[test]
    fn apps_starting_at_once_share_one_recorder() {
        let start = std::sync::Arc::new(std::sync::Barrier::new(8));
        let installs: Vec<_> = (0..8)
            .map(|_| {
                let start = start.clone();
                std::thread::spawn(move || {
                    start.wait();
                    install().is_ok()
                })
            })
            .collect();
        for install in installs {
            assert!(
                install.join().unwrap_or(false),
                "every app gets the recorder"
            );
        }
    }
}

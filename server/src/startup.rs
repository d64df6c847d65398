//! Builds the application's router and serves it.

use std::{
    future::Future,
    net::SocketAddr,
    path::Path,
    sync::{Arc, OnceLock},
    time::Duration,
};

use anyhow::Context as _;
use app::{
    app::{shell, App},
    domain::access::IDLE_MINUTES,
    store::{
        clock::Clock,
        sessions::{self, DbSessionStore},
        settings_store,
        state::Guards,
        AppState, Database, Settings,
    },
};
use axum::{
    http::Method,
    middleware::{self, from_fn, from_fn_with_state},
    routing::get,
    Router,
};
use leptos::prelude::*;
use leptos_axum::{generate_route_list, AxumRouteListing, LeptosRoutes};
use tokio::net::TcpListener;
use tower_http::{catch_panic::CatchPanicLayer, compression::CompressionLayer, services::ServeDir};
use tower_sessions::{cookie::SameSite, Expiry, SessionManagerLayer};

use crate::{assets::Assets, config::Config, health, metrics, middleware as mw};

/// Everything the router is built from.
pub async fn state(
    config: &Config,
    db: Database,
    clock: Arc<dyn Clock>,
) -> anyhow::Result<AppState> {
    config.check_proxy()?;
    let locales = config.data_dir.join("locales");
    for file in app::web::languages::install_catalogue(&locales)
        .with_context(|| format!("reading the texts in {}", locales.display()))?
    {
        tracing::info!(file, "texts overridden from the data folder");
    }
    let assets = Assets::load(&config.site_root);
    let site_root = config.site_root.to_string_lossy().into_owned();
    let leptos_options = LeptosOptions::builder()
        .output_name(assets.output_name)
        .site_root(site_root)
        .site_pkg_dir("pkg")
        .site_addr(config.addr)
        .env(leptos::config::Env::PROD)
        .build();
    let settings = Settings {
        municipality: config.municipality.clone(),
        secret: config.secret_key()?,
        code_valid_days: config.code_valid_days,
        stylesheet: assets.stylesheet,
        cookie_secure: config.cookie_secure,
        login_failures_per_account: config.login_failures,
        login_failures_per_client: config.login_failures.saturating_mul(4),
        client_ip_header: config.client_ip_header.clone(),
        trusted_proxies: config.trusted_proxies.clone(),
        sparring_per_hour: config.sparring_per_hour,
        hashing_at_once: std::thread::available_parallelism().map_or(2, usize::from),
        public_url: config.public_url()?,
        smtp: config.smtp(),
    };
    let sessions = DbSessionStore::open(&db)
        .await
        .context("opening the session store")?;
    let published = settings_store::publishing(&db, &settings.municipality)
        .await
        .context("reading what the municipality publishes")?;
    Ok(AppState {
        published: Arc::new(std::sync::RwLock::new(published)),
        db,
        guards: Arc::new(Guards::new(&settings)),
        settings: Arc::new(settings),
        leptos_options,
        clock,
        sessions,
        handovers: Arc::default(),
    })
}

/// The pages' routes, generated once per process. While Leptos generates a route list it holds
/// back every resource in the process (leptos-rs/leptos#4773): a page whose data started loading
/// in that moment would never finish. Generated once, before the first router serves, it can
/// never overlap a page being rendered – also where one process runs several apps (the tests).
fn app_routes() -> Vec<AxumRouteListing> {
    static ROUTES: OnceLock<Vec<AxumRouteListing>> = OnceLock::new();
    ROUTES.get_or_init(|| generate_route_list(App)).clone()
}

/// Every route the router answers, as `(method, path pattern)`: pages, form posts, server
/// functions and the operational endpoints. The role-matrix test holds a row for each.
pub fn route_table() -> Vec<(Method, String)> {
    let mut routes: Vec<(Method, String)> = vec![
        (Method::GET, "/healthz".into()),
        (Method::GET, "/metrics".into()),
        (Method::GET, app::web::dashboard::export::PATH.into()),
        (Method::GET, app::web::languages::DOWNLOAD.into()),
    ];
    for listing in app_routes() {
        for method in listing.methods() {
            let method = match method {
                leptos_router::Method::Get => Method::GET,
                leptos_router::Method::Post => Method::POST,
                leptos_router::Method::Put => Method::PUT,
                leptos_router::Method::Delete => Method::DELETE,
                leptos_router::Method::Patch => Method::PATCH,
            };
            routes.push((method, listing.path().to_owned()));
        }
    }
    routes.extend(
        app::web::PATHS
            .iter()
            .map(|path| (Method::POST, (*path).to_owned())),
    );
    routes.extend(
        app::web::ONLY_POSTED
            .iter()
            .map(|path| (Method::GET, (*path).to_owned())),
    );
    routes.extend(
        server_fn::axum::server_fn_paths().map(|(path, method)| (method.clone(), path.to_owned())),
    );
    routes.sort_by(|a, b| (&a.1, a.0.as_str()).cmp(&(&b.1, b.0.as_str())));
    routes.dedup();
    routes
}

/// The whole application: pages, forms, server functions, files, health and metrics, behind
/// the layers every response passes through.
pub fn router(state: AppState) -> anyhow::Result<Router> {
    let metrics_handle = metrics::install()?;
    let routes = app_routes();
    let pkg_dir = Path::new(state.leptos_options.site_root.as_ref()).join("pkg");
    let context = {
        let state = state.clone();
        move || {
            provide_context(state.clone());
            app::web::request::provide_page_context(&state);
        }
    };
    let render = {
        let options = state.leptos_options.clone();
        move || shell(options.clone())
    };
    let session_layer = SessionManagerLayer::new(state.sessions.clone())
        .with_name(sessions::COOKIE)
        .with_secure(state.settings.cookie_secure)
        .with_same_site(SameSite::Strict)
        .with_http_only(true)
        .with_path("/")
        .with_expiry(Expiry::OnInactivity(
            tower_sessions::cookie::time::Duration::minutes(IDLE_MINUTES),
        ));

    let mut router = Router::new()
        .route("/healthz", get(health::healthz))
        .route(
            "/metrics",
            get(move || metrics::render(metrics_handle.clone())),
        )
        .merge(app::web::routes())
        .route(
            app::web::languages::DOWNLOAD,
            get(app::web::languages::download),
        )
        .route(
            app::web::dashboard::export::PATH,
            get(app::web::dashboard::export::export),
        )
        .leptos_routes_with_context(&state, routes, context.clone(), render)
        // Brotli and gzip files made at build time (best compression, no work per request).
        .nest_service(
            "/pkg",
            ServeDir::new(pkg_dir)
                .precompressed_br()
                .precompressed_gzip(),
        )
        .fallback(leptos_axum::file_and_error_handler_with_context::<
            AppState,
            _,
        >(context, shell))
        .layer(from_fn_with_state(state.clone(), mw::access::access))
        .layer(from_fn(mw::csrf::csrf))
        .layer(session_layer)
        .with_state(state);

    router = router
        .layer(middleware::from_fn(mw::server_fn_status::server_fn_status))
        .layer(middleware::from_fn(mw::cache_control::cache_control))
        .layer(middleware::from_fn(mw::security_headers::page_policy))
        .layer(CompressionLayer::new().br(true).gzip(true))
        .layer(middleware::from_fn(mw::body_limit::body_limit));
    for layer in mw::security_headers::layers() {
        router = router.layer(layer);
    }
    Ok(router
        .layer(CatchPanicLayer::new())
        .layer(middleware::from_fn(mw::observability::observe)))
}

/// Serves until `shutdown` resolves, then stops accepting and lets requests in flight finish.
/// Client addresses reach handlers only for counting failed logins in memory.
pub async fn serve(
    listener: TcpListener,
    router: Router,
    shutdown: impl Future<Output = ()> + Send + 'static,
) -> anyhow::Result<()> {
    axum::serve(
        listener,
        router.into_make_service_with_connect_info::<SocketAddr>(),
    )
    .with_graceful_shutdown(shutdown)
    .await
    .context("serving HTTP")
}

/// Resolves on SIGTERM or Ctrl-C.
pub async fn shutdown_signal() {
    let ctrl_c = async {
        let _ = tokio::signal::ctrl_c().await;
    };
    #[cfg(unix)]
    let terminate = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut signal) => {
                signal.recv().await;
            }
            Err(e) => {
                tracing::error!(error = %e, "cannot listen for SIGTERM");
                std::future::pending::<()>().await;
            }
        }
    };
    #[cfg(not(unix))]
    let terminate = std::future::pending::<()>();
    tokio::select! {
        () = ctrl_c => {},
        () = terminate => {},
    }
    tracing::info!("shutting down: finishing requests in flight");
}

/// How long a shutdown waits for requests in flight before the process exits anyway.
pub const SHUTDOWN_GRACE: Duration = Duration::from_secs(30);

/// How often sparring texts past their retention are deleted.
pub const RETENTION_EVERY: Duration = Duration::from_secs(60 * 60);

/// How often expired sessions are deleted from the store.
pub const SESSION_PURGE_EVERY: Duration = Duration::from_secs(10 * 60);

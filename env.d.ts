interface ImportMetaEnv {
  /** True only in the demo build (HEARTDESK_DEMO=1), which also matches the local demo helpdesk. */
  readonly HEARTDESK_DEMO?: boolean;
}

/// <reference types="vite-plugin-pwa/client" />
/// <reference types="@slidev/types/client" />
/// <reference types="@slidev/client/shim.d.ts" />
/// <reference types="@slidev/client/shim-vue.d.ts" />
/// <reference path="./packages/talk-site/client/env.d.ts" />

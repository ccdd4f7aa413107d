// Builds the add-in into dist/: taskpane.html + commands.html with their scripts, index.html (the
// web page on files), the icons and the
// manifest. `webpack --mode production` rewrites the manifest's development URLs to PUBLIC_URL.
const path = require("path");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const HtmlWebpackPlugin = require("html-webpack-plugin");

const DEV_URL = "https://localhost:3000/";
// Where dist/ is published; change it (or set ADDIN_PUBLIC_URL) before deploying.
const PUBLIC_URL = withTrailingSlash(process.env.ADDIN_PUBLIC_URL || "https://phu-luc-giam-ngheo.example.vn/");

function withTrailingSlash(url) {
  return url.endsWith("/") ? url : `${url}/`;
}

/** The manifest with every development URL (and the bare origin in AppDomain) pointing at publicUrl. */
function rewriteManifestUrls(manifest, publicUrl) {
  const base = withTrailingSlash(publicUrl);
  const origin = new URL(base).origin;
  return manifest.split(DEV_URL).join(base).split(DEV_URL.slice(0, -1)).join(origin);
}

async function httpsOptions() {
  const devCerts = require("office-addin-dev-certs");
  const { ca, key, cert } = await devCerts.getHttpsServerOptions();
  return { ca, key, cert };
}

module.exports = async (env, options) => {
  const dev = options.mode === "development";
  return {
    devtool: dev ? "source-map" : false,
    entry: {
      taskpane: "./src/taskpane/index.tsx",
      commands: "./src/commands/commands.ts",
    },
    output: {
      path: path.resolve(__dirname, "dist"),
      filename: "[name].[contenthash:8].js",
      // exceljs and other import() targets become their own files, loaded only when used.
      chunkFilename: "[name].[contenthash:8].chunk.js",
      clean: true,
    },
    resolve: {
      extensions: [".ts", ".tsx", ".js"],
    },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: { loader: "ts-loader", options: { onlyCompileBundledFiles: true } },
        },
        {
          // The engine is pure (a lint rule says so): a module that imports one helper from its index
          // (formatNumber) does not pull in the rest, which the pane loads after its first paint.
          test: /[\\/]src[\\/]engine[\\/]/,
          sideEffects: false,
        },
      ],
    },
    plugins: [
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        chunks: ["taskpane"],
      }),
      // The same pane as a page of its own for officers without a recent Excel (npm run serve).
      new HtmlWebpackPlugin({
        filename: "index.html",
        template: "./src/taskpane/web.html",
        chunks: ["taskpane"],
      }),
      new HtmlWebpackPlugin({
        filename: "commands.html",
        template: "./src/commands/commands.html",
        chunks: ["commands"],
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*.png", to: "assets/[name][ext]" },
          {
            from: "manifest.xml",
            to: "manifest.xml",
            transform: (content) => (dev ? content : rewriteManifestUrls(content.toString(), PUBLIC_URL)),
          },
        ],
      }),
    ],
    performance: {
      // The Fluent UI pane is about 300 KB; exceljs (web mode only) is a lazy chunk of about 1 MB.
      maxEntrypointSize: 700 * 1024,
      maxAssetSize: 1400 * 1024,
    },
    // Office only loads add-ins over HTTPS; the certificates are trusted by office-addin-dev-certs.
    devServer: env.WEBPACK_SERVE
      ? {
          headers: { "Access-Control-Allow-Origin": "*" },
          server: { type: "https", options: await httpsOptions() },
          port: 3000,
        }
      : undefined,
  };
};

module.exports.rewriteManifestUrls = rewriteManifestUrls;

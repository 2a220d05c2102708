// The presync extension: highlighting comes from the grammar; everything else from the language
// server, `presync lsp`, started from the built jar with the configured Java command.
'use strict';

const fs = require('fs');
const path = require('path');
const vscode = require('vscode');
const { LanguageClient } = require('vscode-languageclient/node');

let client;

/** The jar to run: the setting, else the jar a build of the open workspace made. */
function serverJar() {
  const configured = vscode.workspace.getConfiguration('presync').get('server.jar');
  if (configured) {
    return configured;
  }
  for (const folder of vscode.workspace.workspaceFolders || []) {
    const built = path.join(folder.uri.fsPath, 'presync-cli', 'target', 'presync.jar');
    if (fs.existsSync(built)) {
      return built;
    }
  }
  return undefined;
}

async function activate(context) {
  const config = vscode.workspace.getConfiguration('presync');
  const jar = serverJar();
  if (!jar) {
    vscode.window.showWarningMessage(
      'presync: set presync.server.jar to the presync.jar of a build (presync-cli/target/presync.jar) ' +
      'for diagnostics, completion and formatting.');
    return;
  }
  const java = config.get('java.command') || 'java';
  const options = config.get('java.options') || [];
  const server = { command: java, args: [...options, '-jar', jar, 'lsp'] };
  client = new LanguageClient('presync', 'presync rules', { run: server, debug: server }, {
    documentSelector: [{ language: 'presync' }],
  });
  context.subscriptions.push(vscode.workspace.onDidChangeConfiguration((e) => {
    if (e.affectsConfiguration('presync')) {
      vscode.window.showInformationMessage('presync: reload the window to restart the language server with the new settings.');
    }
  }));
  await client.start();
}

function deactivate() {
  return client ? client.stop() : undefined;
}

module.exports = { activate, deactivate };

-- Headless Neovim (0.7+) as an LSP client of `dvp lsp`: opens a manifest, waits for the server's diagnostics
-- and writes them, one "line:column severity message" per line, to $DVP_OUT. Used by NeovimClientTest.
local cmd = vim.split(os.getenv('DVP_LSP_CMD'), '\t')
vim.cmd('edit ' .. vim.fn.fnameescape(os.getenv('DVP_FILE')))
local client = vim.lsp.start_client({ name = 'dvp', cmd = cmd, root_dir = os.getenv('DVP_ROOT') })
vim.lsp.buf_attach_client(0, client)
vim.wait(30000, function() return #vim.diagnostic.get(0) > 0 end, 100)
local out = {}
for _, d in ipairs(vim.diagnostic.get(0)) do
  table.insert(out, string.format('%d:%d %d %s', d.lnum, d.col, d.severity, d.message))
end
vim.fn.writefile(out, os.getenv('DVP_OUT'))
vim.lsp.stop_client(client)
vim.wait(5000, function() return vim.lsp.get_client_by_id(client) == nil end, 100)
vim.cmd('qa!')

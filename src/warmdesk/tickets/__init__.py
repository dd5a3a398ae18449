"""Tickets: the status machine, messages, attachments, merges and links."""

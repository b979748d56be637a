"""Reading an article: its text, its date, and the English language model later steps share."""

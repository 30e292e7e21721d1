"""Scrapy spiders: discover a site's article URLs and fetch them; nothing is parsed for content here."""

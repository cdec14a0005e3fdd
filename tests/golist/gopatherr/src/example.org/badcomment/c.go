package badcomment // import "unterminated

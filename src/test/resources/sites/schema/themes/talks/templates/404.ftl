<!doctype html><html lang="${lang.code}"><head><meta charset="utf-8"><title>${t('not_found')}</title></head><body><h1>${t('not_found')}</h1><a href="${url(home)}">${t('home')}</a></body></html>

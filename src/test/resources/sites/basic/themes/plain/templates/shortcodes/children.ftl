<ul class="children"><#list page.children as c><li><a href="${url(c)}">${c.title}</a></li></#list></ul>

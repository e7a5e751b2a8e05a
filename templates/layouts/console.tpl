{{%AUTOESCAPE context="HTML"}}
{{!
  Staff console layout. Variables: PAGE_TITLE SITE_NAME CSS_URL JS_URL LOGO_URL
  FAVICON_URL USER_DISPLAY_NAME USERNAME CSRF_TOKEN; sections SIDENAV (URL LABEL,
  nested CURRENT), FLASH (MESSAGE KIND, with nested IS_ERROR or IS_SUCCESS to
  choose the live-region role; ctemplate has no conditionals); include CONTENT.
}}
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex, nofollow">
<title>{{PAGE_TITLE}} - {{SITE_NAME}}</title>
<link rel="icon" type="image/svg+xml" href="{{FAVICON_URL}}">
<link rel="stylesheet" href="{{CSS_URL}}">
<script src="{{JS_URL}}" defer></script>
</head>
<body class="site-console">
<a class="skip-link" href="#main">跳转到主要内容</a>
<div class="console">
<header class="console-topbar">
<a class="console-brand" href="/console"><img src="{{LOGO_URL}}" alt="" width="36" height="36"><span class="console-brand-text"><span class="console-brand-name">{{SITE_NAME}}</span><span class="console-brand-sub">政务公开管理平台</span></span></a>
<div class="console-user">
<span class="console-user-name"><span class="sr-only">当前用户：</span>{{USER_DISPLAY_NAME}}<span class="console-user-login">（{{USERNAME}}）</span></span>
<a href="/console/password">修改密码</a>
<a href="/">返回网站</a>
<form method="post" action="/logout"><input type="hidden" name="_csrf" value="{{CSRF_TOKEN}}"><button type="submit" class="btn btn-secondary btn-small">退出登录</button></form>
</div>
</header>
<nav class="console-sidenav" aria-label="管理菜单">
<ul>{{#SIDENAV}}
<li><a href="{{URL}}"{{#CURRENT}} aria-current="page"{{/CURRENT}}>{{LABEL}}</a></li>{{/SIDENAV}}</ul>
</nav>
<main id="main" class="console-main">
{{#FLASH}}<div class="alert alert-{{KIND}}"{{#IS_ERROR}} role="alert"{{/IS_ERROR}}{{#IS_SUCCESS}} role="status"{{/IS_SUCCESS}}><p>{{MESSAGE}}</p></div>{{/FLASH}}
{{>CONTENT}}
</main>
</div>
</body>
</html>
